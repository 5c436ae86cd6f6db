package vn.lienket.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommaListTest {

    @Test
    void itemsAreTrimmedAndTheEmptyOnesLeftOut() {
        assertThat(CommaList.parse(" tourism, trade ;culture,, \n logistics ,")).containsExactly("tourism", "trade", "culture", "logistics");
    }

    @Test
    void aRepeatedItemIsKeptForTheApiToName() {
        assertThat(CommaList.parse("tourism, tourism")).containsExactly("tourism", "tourism");
    }

    @Test
    void nothingTypedIsAnEmptyList() {
        assertThat(CommaList.parse(null)).isEmpty();
        assertThat(CommaList.parse("  , ; ")).isEmpty();
    }
}
