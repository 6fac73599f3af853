package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @Test
    void a_swap_of_two_neighbouring_letters_is_one_edit() {
        assertThat(Suggestions.distance("getobjcet", "getobject", 5)).isEqualTo(1);
    }

    @Test
    void ties_go_to_the_longer_shared_prefix_then_alphabetical_order() {
        assertThat(Suggestions.closest("PutObjec", List.of("GetObject", "PutObject"))).contains("PutObject");
        assertThat(Suggestions.closest("abx", List.of("abz", "aby"))).contains("aby");
    }

    @Test
    void nothing_beyond_the_edit_limit_is_offered() {
        assertThat(Suggestions.closest("HeadBucket", List.of("ListBucket", "CreateBucket"))).isEmpty();
        assertThat(Suggestions.limit(4)).isEqualTo(1);
        assertThat(Suggestions.limit(12)).isEqualTo(2);
        assertThat(Suggestions.limit(13)).isEqualTo(3);
    }
}
