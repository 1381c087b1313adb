package org.onedoor.workflow;

/** Test access to the shipped definitions without booting Spring. */
final class Templates {

    private Templates() {
    }

    static Workflows load() {
        try {
            var ctor = Class.forName("org.onedoor.workflow.internal.WorkflowRegistry").getDeclaredConstructor();
            ctor.setAccessible(true);
            return (Workflows) ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
