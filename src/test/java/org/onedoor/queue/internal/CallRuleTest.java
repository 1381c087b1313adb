package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallRuleTest {

    @ParameterizedTest
    @CsvSource({"1,3,false", "2,3,false", "3,3,true", "4,3,false", "6,3,true", "1,2,false", "2,2,true",
            "1,1,true", "5,1,true"})
    void everyNthCallIsAPriorityTurn(int call, int every, boolean expected) {
        assertThat(CallRule.priorityTurn(call, every)).isEqualTo(expected);
    }
}
