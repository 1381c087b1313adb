package org.onedoor.audit.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.onedoor.audit.AuditVerifier.ReadLogVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the public read log's blocks in order (decision 0260), in pages, streaming each page's reads in
 * (block, position) order and recomputing every block's hash. Reports the first block that does not hold:
 * {@code link} (a block deleted or inserted: a gap in the sequence or a wrong previous hash), {@code rows} (a read
 * deleted or added: the positions are not 0..n-1 or their number is not the block's), {@code hash} (a read edited,
 * or reads reordered), {@code head} (the newest blocks deleted). Runs inside the caller's REPEATABLE READ snapshot.
 */
@Component
class ReadLogVerifier {

    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;

    ReadLogVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2000);   // stream a page's reads instead of holding them all
    }

    ReadLogVerification verify() {
        String expectedPrev = ReadLogChain.GENESIS;
        long expectedSeq = 1;
        long blocks = 0;
        long reads = 0;
        while (true) {
            List<Block> page = jdbc.query("""
                            select seq, row_count, first_at, last_at, prev_hash, hash from audit.read_block
                            where seq >= ? order by seq limit ?""",
                    (rs, n) -> new Block(rs.getLong("seq"), rs.getInt("row_count"), rs.getTimestamp("first_at"),
                            rs.getTimestamp("last_at"), rs.getString("prev_hash"), rs.getString("hash")),
                    expectedSeq, PAGE);
            if (page.isEmpty()) {
                break;
            }
            // links first: the blocks that can be checked are those before the first broken link
            int linked = 0;
            String prev = expectedPrev;
            for (Block block : page) {
                if (block.seq() != expectedSeq + linked || !prev.equals(block.prevHash())) {
                    break;
                }
                prev = block.hash();
                linked++;
            }
            if (linked > 0) {
                Result rows = checkRows(page.subList(0, linked));
                if (rows.broken() != null) {
                    return broken(blocks + rows.blocksOk(), reads + rows.reads(), rows.broken().seq(), rows.reason());
                }
                blocks += linked;
                reads += rows.reads();
                expectedSeq += linked;
                expectedPrev = page.get(linked - 1).hash();
            }
            if (linked < page.size()) {
                // the block expected at this place is missing, or the one there does not link to its predecessor
                return broken(blocks, reads, expectedSeq, "link");
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long lastSeq = expectedSeq - 1;
        Long stray = jdbc.queryForObject("select min(block_seq) from audit.read_log where block_seq > ? or block_seq < 1",
                Long.class, lastSeq);
        if (stray != null) {
            return broken(blocks, reads, stray, "rows");
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit.read_head where id = 1");
        if (((Number) head.get("last_seq")).longValue() != lastSeq || !expectedPrev.equals(head.get("last_hash"))) {
            return broken(blocks, reads, lastSeq + 1, "head");    // the first block missing at the end
        }
        return new ReadLogVerification(true, blocks, reads, null, null);
    }

    /** Streams the reads of these linked blocks and checks each block's positions, row count and hash. */
    private Result checkRows(List<Block> blocks) {
        Timestamp first = blocks.get(0).firstAt();
        Timestamp last = blocks.get(0).lastAt();
        for (Block block : blocks) {
            first = block.firstAt().before(first) ? block.firstAt() : first;
            last = block.lastAt().after(last) ? block.lastAt() : last;
        }
        // whole months (the partitions): prunes the other months, and a read whose time was edited within its month
        // is still found (and reported as an edit, "hash"); one moved to another month shows as missing ("rows")
        YearMonth firstMonth = YearMonth.from(first.toInstant().atOffset(ZoneOffset.UTC));
        YearMonth lastMonth = YearMonth.from(last.toInstant().atOffset(ZoneOffset.UTC));
        Timestamp from = Timestamp.from(firstMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to = Timestamp.from(lastMonth.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Walk walk = new Walk(blocks);
        jdbc.query("""
                        select block_seq, pos, at, actor, action, subject_type, subject_id, detail, client_ip
                        from audit.read_log
                        where block_seq between ? and ? and at >= ? and at < ?
                        order by block_seq, pos""",
                rs -> {
                    if (walk.broken == null) {
                        walk.row(rs.getLong("block_seq"), rs.getInt("pos"), new ReadLogChain.ReadRow(
                                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
                                rs.getString("client_ip")));
                    }
                },
                blocks.get(0).seq(), blocks.get(blocks.size() - 1).seq(), from, to);
        walk.finishAll();
        return new Result(walk.broken, walk.reason, walk.blocksOk, walk.reads);
    }

    private ReadLogVerification broken(long blocks, long reads, long block, String reason) {
        return new ReadLogVerification(false, blocks, reads, block, reason);
    }

    /** The state of a streamed check over consecutive blocks. */
    private static final class Walk {
        private final List<Block> blocks;
        private int index;
        private ReadLogChain.BlockHasher hasher;
        private int nextPos;
        private boolean positionsHold = true;
        Block broken;
        String reason;
        int blocksOk;
        long reads;

        Walk(List<Block> blocks) {
            this.blocks = blocks;
            open();
        }

        void row(long blockSeq, int pos, ReadLogChain.ReadRow row) {
            while (broken == null && index < blocks.size() && blocks.get(index).seq() < blockSeq) {
                finish();
            }
            if (broken != null) {
                return;
            }
            // rows of a block beyond this page cannot occur (the query is bounded); a gap in the sequence was a link
            if (pos != nextPos) {
                positionsHold = false;
            }
            nextPos = pos + 1;
            hasher.add(row);
        }

        void finishAll() {
            while (broken == null && index < blocks.size()) {
                finish();
            }
        }

        private void finish() {
            Block block = blocks.get(index);
            if (!positionsHold || hasher.rows() != block.rowCount()) {
                broken = block;
                reason = "rows";
                return;
            }
            if (!hasher.hash().equals(block.hash())) {
                broken = block;
                reason = "hash";
                return;
            }
            blocksOk++;
            reads += block.rowCount();
            index++;
            open();
        }

        private void open() {
            if (index < blocks.size()) {
                Block block = blocks.get(index);
                hasher = new ReadLogChain.BlockHasher(block.prevHash(), block.seq(), block.rowCount());
                nextPos = 0;
                positionsHold = true;
            }
        }
    }

    private record Block(long seq, int rowCount, Timestamp firstAt, Timestamp lastAt, String prevHash, String hash) {
    }

    private record Result(Block broken, String reason, int blocksOk, long reads) {
    }
}
