package org.onedoor.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.onedoor.agency.Agency;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.onedoor.platform.OneDoorProperties;
import org.onedoor.workflow.Step;
import org.onedoor.workflow.Transition;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo dossiers (with {@code onedoor.demo} and {@code onedoor.demo-dossiers}, once, when the dossier table is
 * empty): a few hundred dossiers over the past four months across the demo procedures and agencies, driven through
 * the real intake and transition code with a backdated clock, so history, events, deadlines and reports agree.
 * Outcomes are drawn per dossier: returned early / on time / late, in progress, waiting for a supplement,
 * refused, refused at intake, withdrawn. Fixed seed: the same demo every time.
 */
@Component
class DemoDossierGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDossierGenerator.class);
    private static final byte[] PDF = "%PDF-1.4\n% OneDoor demo scan\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Đức", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Yến"};

    enum Outcome { ON_TIME, EARLY, LATE, IN_PROGRESS, SUPPLEMENT_WAITING, SUPPLEMENT_DONE, REFUSED, REFUSED_AT_INTAKE, WITHDRAWN, CONSULTED }

    private final OneDoorProperties platform;
    private final DossierProperties properties;
    private final IntakeService intake;
    private final ActionService actions;
    private final DossierRepository repository;
    private final Collaborators collaborators;
    private final Workflows workflows;
    private final JdbcClient jdbc;

    DemoDossierGenerator(OneDoorProperties platform, DossierProperties properties, IntakeService intake,
                         ActionService actions, DossierRepository repository, Collaborators collaborators,
                         Workflows workflows, JdbcClient jdbc) {
        this.platform = platform;
        this.properties = properties;
        this.intake = intake;
        this.actions = actions;
        this.repository = repository;
        this.collaborators = collaborators;
        this.workflows = workflows;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady() {
        if (!platform.demo() || !platform.demoDossiers()) {
            return;
        }
        if (jdbc.sql("select count(*) from dossier.dossier").query(Long.class).single() > 0) {
            return;
        }
        try {
            int made = generate(properties.demoDossierCount(), Instant.now());
            log.info("Generated {} demo dossiers", made);
        } catch (RuntimeException e) {
            log.warn("Demo dossiers not generated: {}", e.toString());
        }
    }

    private record Route(Procedure procedure, WorkflowDefinition workflow, Agency receiving, Agency competent) {
    }

    /** Generates up to {@code count} dossiers ending before {@code now}; returns how many were submitted. */
    int generate(int count, Instant now) {
        Random random = new Random(20260301L);
        List<Route> routes = routes();
        if (routes.isEmpty()) {
            log.info("No demo procedure has a desk officer and handling officers; no demo dossiers");
            return 0;
        }
        int made = 0;
        for (int i = 0; i < count; i++) {
            Route route = routes.get(random.nextInt(routes.size()));
            // a third in the last two weeks, so inboxes hold work in progress and some of it overdue
            int daysAgo = random.nextInt(3) == 0 ? 1 + random.nextInt(14) : 1 + random.nextInt(120);
            Instant start = workingMoment(now.minus(Duration.ofDays(daysAgo)), random);
            Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            if (random.nextInt(3) == 0) {
                outcome = Outcome.ON_TIME;
            }
            try {
                if (one(route, outcome, start, now, random)) {
                    made++;
                }
            } catch (DomainException e) {
                log.debug("demo dossier {} skipped: {} {}", i, e.messageKey(), e.violations());
            }
        }
        return made;
    }

    private boolean one(Route route, Outcome outcome, Instant t, Instant now, Random random) {
        Procedure p = route.procedure();
        Channel channel = p.channels().contains(Channel.ONLINE) && random.nextBoolean() ? Channel.ONLINE : Channel.COUNTER;
        if (!p.channels().contains(channel)) {
            channel = p.channels().iterator().next();
        }
        Optional<Officer> desk = officer(route.receiving().code(), Role.DESK_OFFICER);
        List<String> components = p.components().stream().map(DossierComponent::code).toList();
        SubmissionRequest request = new SubmissionRequest(p.code(), applicant(random), channel,
                route.receiving().code(), route.competent().code(), components, "vi");
        Receipt receipt = intake.submit(request, null, channel == Channel.ONLINE ? Optional.empty() : desk, t);
        if (channel == Channel.ONLINE) {
            for (DossierComponent c : p.components()) {
                if (c.mandatory()) {
                    intake.attach(receipt.code(), c.code(), c.code().toLowerCase() + ".pdf",
                            new java.io.ByteArrayInputStream(PDF), receipt.submissionToken(), Optional.empty(), t);
                }
            }
        }
        boolean supplementAsked = false;
        boolean consulted = false;
        for (int guard = 0; guard < 30; guard++) {
            DossierRow row = repository.find(receipt.code()).orElseThrow();
            if (row.status().isFinal()) {
                return true;
            }
            Step step = route.workflow().requireStep(row.stepId());
            WorkflowAction action = choose(step, outcome, supplementAsked, consulted);
            if (action == null) {
                return true;
            }
            t = next(t, row, step, outcome, action, random);
            if (t.isAfter(now) || (outcome == Outcome.IN_PROGRESS && random.nextInt(4) == 0)) {
                return true;
            }
            Transition transition = step.transition(action).orElseThrow();
            ActionRequest req = request(action, row, route, random);
            if (action == WorkflowAction.CONSULT && req.consultAgencies().isEmpty()) {
                consulted = true;
                continue;
            }
            if (action == WorkflowAction.CONSULT) {
                actions.act(row.code(), req, null, actor(row, step, transition), t);
                for (String agency : req.consultAgencies()) {
                    Instant replyAt = t.plus(Duration.ofHours(2 + random.nextInt(40)));
                    if (replyAt.isBefore(now)) {
                        officer(agency, Role.SPECIALIST).ifPresent(o -> actions.act(row.code(),
                                ActionRequest.of(WorkflowAction.CONSULTATION_REPLY, "Thống nhất với đề xuất."), null, o, replyAt));
                        t = replyAt.isAfter(t) ? replyAt : t;
                    }
                }
                consulted = true;
                continue;
            }
            Officer actor = actor(row, step, transition);
            if (actor == null) {
                return true;
            }
            actions.act(row.code(), req, null, actor, t);
            if (action == WorkflowAction.REQUEST_SUPPLEMENT) {
                supplementAsked = true;
                if (outcome == Outcome.SUPPLEMENT_WAITING) {
                    return true;
                }
            }
        }
        return true;
    }

    private static WorkflowAction choose(Step step, Outcome outcome, boolean supplementAsked, boolean consulted) {
        Set<WorkflowAction> can = step.transitions().keySet();
        List<WorkflowAction> wishes = new ArrayList<>();
        switch (outcome) {
            case REFUSED_AT_INTAKE -> wishes.add(WorkflowAction.REFUSE_AT_INTAKE);
            case REFUSED -> {
                if (step.id().equals("approval") || step.id().equals("processing")) {
                    wishes.add(WorkflowAction.REFUSE);
                }
            }
            case WITHDRAWN -> {
                if (!step.id().equals("intake") && !step.id().equals("assignment")) {
                    wishes.add(WorkflowAction.WITHDRAW);
                }
            }
            case SUPPLEMENT_WAITING, SUPPLEMENT_DONE -> {
                if (!supplementAsked && step.id().equals("examination")) {
                    wishes.add(WorkflowAction.REQUEST_SUPPLEMENT);
                }
            }
            case CONSULTED -> {
                if (!consulted) {
                    wishes.add(WorkflowAction.CONSULT);
                }
            }
            default -> { }
        }
        wishes.addAll(List.of(WorkflowAction.SUPPLEMENT_RECEIVED, WorkflowAction.RECEIVE, WorkflowAction.ASSIGN,
                WorkflowAction.FORWARD, WorkflowAction.APPROVE, WorkflowAction.SIGN, WorkflowAction.RETURN_RESULT));
        return wishes.stream().filter(can::contains).findFirst().orElse(null);
    }

    /** When the next action happens: within the step's budget, past it for late dossiers, quicker for early ones. */
    private static Instant next(Instant t, DossierRow row, Step step, Outcome outcome, WorkflowAction action, Random random) {
        if (action == WorkflowAction.SUPPLEMENT_RECEIVED) {
            return t.plus(Duration.ofHours(24 + random.nextInt(96)));
        }
        Instant due = row.stepDueAt() != null ? row.stepDueAt() : t.plus(Duration.ofHours(4));
        long window = Math.max(Duration.between(t, due).toMinutes(), 30);
        double share = switch (outcome) {
            case EARLY -> 0.05 + random.nextDouble() * 0.2;
            case LATE -> step.id().equals("examination") || step.id().equals("processing") ? 1.8 + random.nextDouble() : 0.6;
            default -> 0.2 + random.nextDouble() * 0.6;
        };
        return t.plus(Duration.ofMinutes(Math.max(5, (long) (window * share))));
    }

    private ActionRequest request(WorkflowAction action, DossierRow row, Route route, Random random) {
        return switch (action) {
            case ASSIGN -> new ActionRequest(action, null,
                    officer(row.competentAgencyCode(), Role.SPECIALIST).map(Officer::username).orElse(null), List.of(), null);
            case CONSULT -> new ActionRequest(action, "Đề nghị cho ý kiến về hồ sơ.", null,
                    consultable(route).stream().limit(1 + random.nextInt(2)).toList(), null);
            case REQUEST_SUPPLEMENT -> ActionRequest.of(action, "Đề nghị bổ sung bản sao giấy tờ tùy thân có chứng thực.");
            case REFUSE -> ActionRequest.of(action, "Hồ sơ không đáp ứng điều kiện theo quy định.");
            case REFUSE_AT_INTAKE -> ActionRequest.of(action, "Thủ tục không thuộc thẩm quyền giải quyết.");
            case WITHDRAW -> ActionRequest.of(action, "Công dân có đơn xin rút hồ sơ.");
            default -> ActionRequest.of(action, null);
        };
    }

    private List<String> consultable(Route route) {
        List<String> codes = new ArrayList<>();
        for (Agency a : collaborators.agencies().all()) {
            if (a.active() && !a.code().equals(route.competent().code()) && !a.code().equals(route.receiving().code())
                    && a.provinceCode().equals(route.competent().provinceCode())
                    && officer(a.code(), Role.SPECIALIST).isPresent()) {
                codes.add(a.code());
            }
        }
        return codes;
    }

    private Officer actor(DossierRow row, Step step, Transition transition) {
        return officer(ActionService.actingAgency(row, step, transition), step.roleFor(transition)).orElse(null);
    }

    private final Map<String, Optional<Officer>> officers = new HashMap<>();

    private Optional<Officer> officer(String agency, Role role) {
        return officers.computeIfAbsent(agency + "/" + role, k -> collaborators.officers().withRole(agency, role)
                .stream().findFirst());
    }

    /** Procedures whose workflow is loaded, with a receiving desk and a competent agency staffed for every role. */
    private List<Route> routes() {
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        for (String q : List.of("", "a", "đăng ký", "cấp", "chứng thực", "giấy")) {
            try {
                collaborators.catalog().search(q, 500).forEach(p -> procedures.putIfAbsent(p.code(), p));
            } catch (RuntimeException e) {
                log.debug("catalogue search '{}' failed: {}", q, e.toString());
            }
        }
        List<Agency> agencies = collaborators.agencies().all().stream().filter(Agency::active).toList();
        List<Route> routes = new ArrayList<>();
        for (Procedure p : procedures.values()) {
            Optional<WorkflowDefinition> workflow = workflows.latest(p.workflow() == null ? "" : p.workflow());
            if (workflow.isEmpty()) {
                continue;
            }
            Set<Role> needed = EnumSet.noneOf(Role.class);
            workflow.get().steps().forEach(s -> s.transitions().values().forEach(t -> {
                if (s.roleFor(t) != null && s.roleFor(t) != Role.DESK_OFFICER) {
                    needed.add(s.roleFor(t));
                }
            }));
            for (Agency receiving : agencies) {
                if (officer(receiving.code(), Role.DESK_OFFICER).isEmpty()) {
                    continue;
                }
                for (Agency competent : agencies) {
                    boolean placed = competent.code().equals(receiving.code())
                            || (competent.level() == p.competentLevel()
                                && competent.provinceCode().equals(receiving.provinceCode()));
                    if (placed && needed.stream().allMatch(r -> officer(competent.code(), r).isPresent())) {
                        routes.add(new Route(p, workflow.get(), receiving, competent));
                    }
                }
            }
        }
        return routes;
    }

    private static Instant workingMoment(Instant day, Random random) {
        ZonedDateTime z = day.atZone(VietnamTime.ZONE);
        LocalDate date = z.toLocalDate();
        while (date.getDayOfWeek().getValue() >= 6) {
            date = date.minusDays(1);
        }
        return date.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(8 * 60))).atZone(VietnamTime.ZONE).toInstant();
    }

    private static Applicant applicant(Random random) {
        String province = new ArrayList<>(CitizenIdNumber.PROVINCES).stream().sorted()
                .toList().get(random.nextInt(CitizenIdNumber.PROVINCES.size()));
        LocalDate born = LocalDate.of(1950 + random.nextInt(56), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean female = random.nextBoolean();
        int g = (born.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String id = province + g + String.format("%02d", born.getYear() % 100) + String.format("%06d", random.nextInt(1_000_000));
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)])
                + " " + GIVEN[random.nextInt(GIVEN.length)];
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        return new Applicant(ApplicantType.CITIZEN, id, null, name, born, phone, null, "Việt Nam");
    }
}
