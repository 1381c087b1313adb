package org.onedoor.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.identity.Role;
import org.onedoor.workflow.StepBudget;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;

/** Definitions are checked when loaded, and every mistake is reported with its file and step. */
class WorkflowParserTest {

    static final String VALID = """
            id: tiny
            version: 2
            name: Nhỏ
            nameEn: Tiny
            start: intake
            steps:
              - id: intake
                name: Tiếp nhận
                nameEn: Intake
                role: DESK_OFFICER
                party: RECEIVING
                budget: 4h
                actions:
                  RECEIVE: { to: work, status: PROCESSING }
              - id: work
                name: Xử lý
                nameEn: Work
                role: SPECIALIST
                budget: 50%
                actions:
                  APPROVE: { to: done, status: RESULT_RETURNED }
                  EXTEND: { role: LEADER }
              - id: done
                name: Xong
                nameEn: Done
                terminal: true
            """;

    @Test
    void readsAValidDefinition() {
        WorkflowDefinition d = WorkflowParser.parse("workflows/tiny.yml", VALID);

        assertThat(d.id()).isEqualTo("tiny");
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.steps()).extracting("id").containsExactly("intake", "work", "done");
        assertThat(d.requireStep("work").budget()).isEqualTo(new StepBudget(50, StepBudget.Unit.PERCENT_OF_LIMIT));
        assertThat(d.requireStep("work").transition(WorkflowAction.EXTEND).orElseThrow().target())
                .as("an action without 'to' stays in its step").isEqualTo("work");
        assertThat(d.requireStep("work").roleFor(d.requireStep("work").transition(WorkflowAction.EXTEND).orElseThrow()))
                .isEqualTo(Role.LEADER);
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                Arguments.of("unknown target step", VALID.replace("to: done", "to: dnoe"),
                        "workflows/x.yml: step 'work': action APPROVE targets unknown step 'dnoe'"),
                Arguments.of("unreachable step", VALID.replace("RECEIVE: { to: work, status: PROCESSING }",
                        "RECEIVE: { to: done, status: PROCESSING }"),
                        "workflows/x.yml: step 'work': unreachable from start step 'intake'"),
                Arguments.of("missing role", VALID.replace("    role: SPECIALIST\n", ""),
                        "workflows/x.yml: step 'work': missing role (every non-terminal step needs the role that acts)"),
                Arguments.of("unknown role", VALID.replace("role: SPECIALIST", "role: JANITOR"),
                        "workflows/x.yml: step 'work': role 'JANITOR' is not a known role"),
                Arguments.of("unknown action", VALID.replace("APPROVE:", "APPROOVE:"),
                        "workflows/x.yml: step 'work': unknown action 'APPROOVE'"),
                Arguments.of("SUBMIT not allowed", VALID.replace("RECEIVE:", "SUBMIT:"),
                        "workflows/x.yml: step 'intake': action SUBMIT is not allowed in a step (it is the entry into 'start')"),
                Arguments.of("duplicate step id", VALID.replace("id: done", "id: work"),
                        "workflows/x.yml: step 'work': duplicate step id"),
                Arguments.of("no terminal step", VALID.replace("    terminal: true\n",
                        "    role: DESK_OFFICER\n    actions:\n      RETURN_RESULT: { to: intake }\n"),
                        "workflows/x.yml: no terminal step (a dossier must be able to finish)"),
                Arguments.of("unknown start", VALID.replace("start: intake", "start: begin"),
                        "workflows/x.yml: start step 'begin' does not exist"),
                Arguments.of("bad budget", VALID.replace("budget: 4h", "budget: 4 weeks"),
                        "workflows/x.yml: step 'intake': budget '4 weeks' must look like 8h, 2d or 30%"),
                Arguments.of("terminal step with actions", VALID.replace("    terminal: true\n",
                        "    terminal: true\n    actions:\n      RETURN_RESULT: { to: intake }\n"),
                        "workflows/x.yml: step 'done': a terminal step must not have actions"),
                Arguments.of("missing version", VALID.replace("version: 2\n", ""),
                        "workflows/x.yml: version must be a positive whole number"),
                Arguments.of("malformed status", VALID.replace("status: PROCESSING", "status: processing"),
                        "workflows/x.yml: step 'intake': action RECEIVE has malformed status 'processing'"),
                Arguments.of("CONSULT into an ordinary step", VALID.replace("EXTEND: { role: LEADER }", "CONSULT: { to: intake }"),
                        "workflows/x.yml: step 'work': action CONSULT must target a consultation step, not 'intake'"),
                Arguments.of("reply outside a consultation", VALID.replace("EXTEND: { role: LEADER }", "CONSULTATION_REPLY: {}"),
                        "workflows/x.yml: step 'work': action CONSULTATION_REPLY is only allowed in a consultation step"),
                Arguments.of("not YAML", "id: [unclosed", "workflows/x.yml: is not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void rejectsAnInvalidDefinitionWithAPreciseMessage(String title, String yaml, String expected) {
        assertThatThrownBy(() -> WorkflowParser.parse("workflows/x.yml", yaml))
                .isInstanceOf(InvalidWorkflowException.class)
                .satisfies(e -> assertThat(((InvalidWorkflowException) e).errors())
                        .anySatisfy(msg -> assertThat(msg).startsWith(expected)));
    }

    @Test
    void aConsultationStepNeedsItsBudgetReplyRoleAndJoin() {
        String yaml = VALID.replace("      EXTEND: { role: LEADER }\n",
                "      CONSULT: { to: consult, status: CONSULTING }\n") + """
                  - id: consult
                    name: Lấy ý kiến
                    nameEn: Consult
                    role: SPECIALIST
                    consultation: { budget: 3d }
                    actions:
                      FORWARD: { to: work }
                """;
        assertThatThrownBy(() -> WorkflowParser.parse("workflows/x.yml", yaml))
                .isInstanceOf(InvalidWorkflowException.class)
                .hasMessageContaining("step 'consult': consultation needs a replyRole")
                .hasMessageContaining("step 'consult': consultation needs join: {to, status}");
    }

    @Test
    void reportsEveryErrorAtOnce() {
        String yaml = VALID.replace("to: done", "to: nowhere").replace("role: SPECIALIST", "role: NOBODY");
        assertThatThrownBy(() -> WorkflowParser.parse("workflows/x.yml", yaml))
                .satisfies(e -> assertThat(((InvalidWorkflowException) e).errors()).hasSize(3));
    }

    @Test
    void theShippedTemplatesAreValidAndTheRegistryRefusesDuplicates() throws Exception {
        WorkflowRegistry registry = new WorkflowRegistry();

        assertThat(registry.all()).extracting(WorkflowDefinition::id)
                .contains("same-day", "simple", "standard", "consultation");
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var standard = resolver.getResource("classpath:workflows/standard.yml");
        assertThatThrownBy(() -> new WorkflowRegistry(new org.springframework.core.io.Resource[] {standard, standard}))
                .hasMessageContaining("duplicate workflow id 'standard' version 1");
    }
}
