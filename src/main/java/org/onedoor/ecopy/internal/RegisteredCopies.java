package org.onedoor.ecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.onedoor.ecopy.CertifiedCopies;
import org.onedoor.ecopy.CertifiedCopy;
import org.onedoor.storage.FileStore;
import org.springframework.stereotype.Service;

/** {@link CertifiedCopies} over the certification register and the file store: issued copies only. */
@Service
class RegisteredCopies implements CertifiedCopies {

    private final CertificationRegister register;
    private final FileStore files;

    RegisteredCopies(CertificationRegister register, FileStore files) {
        this.register = register;
        this.files = files;
    }

    @Override
    public Optional<CertifiedCopy> find(String code) {
        return register.byCode(code).filter(RegisterEntry::issued).map(RegisterEntry::toCopy);
    }

    @Override
    public Optional<CertifiedCopy> findBySha256(String sha256) {
        return register.bySha256(sha256).map(RegisterEntry::toCopy);
    }

    @Override
    public Optional<byte[]> content(String code) {
        return find(code).map(copy -> {
            try (InputStream in = files.open(copy.sha256())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public List<CertifiedCopy> ofHolder(String idNumber) {
        return register.ofHolder(idNumber).stream().map(RegisterEntry::toCopy).toList();
    }
}
