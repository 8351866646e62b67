package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a user's merge into the alias file: what is kept, replaced and re-pointed. */
class AliasListTest {
    @TempDir
    Path dir;

    @Test
    void aMergeIsAddedToANewFileWithAHeader() {
        Path file = dir.resolve("registry/aliases.csv");
        AliasList.recordMerge(file, "Bùi Thanh Sơn", List.of("Sonny Bui", "Bui Thanh Son", "Bui, Son"), List.of("e1"));
        assertThat(read(file)).containsExactly("alias,target", "Sonny Bui,Bùi Thanh Sơn", "\"Bui, Son\",Bùi Thanh Sơn");
        AliasList list = AliasList.load(file);
        assertThat(list.mergeFor(NameKeys.key("Bui, Son")).orElseThrow().target()).isEqualTo("Bùi Thanh Sơn");
        assertThat(list.mergeFor(NameKeys.key("Bui Thanh Son"))).as("the target's own spelling").isEmpty();
    }

    @Test
    void linesAboutTheMergedSpellingsAreReplacedAndLinesToTheMergedEntityFollowIt() throws Exception {
        Path file = dir.resolve("aliases.csv");
        Files.write(file, List.of("# my corrections", "alias,target", "Sonny Bui,Someone Else", "SB,Sonny Bui",
                "Sonny,Bùi Thanh Sơn,split", "Bui Sonny,e0000000000000abc", "Lê Trung,Lê Hoài Trung", ""));
        AliasList.recordMerge(file, "Bùi Thanh Sơn", List.of("Sonny Bui", "Sonny"), List.of("Sonny Bui", "e0000000000000abc"));
        assertThat(read(file)).containsExactly("# my corrections", "alias,target", "SB,Bùi Thanh Sơn",
                "Bui Sonny,Bùi Thanh Sơn", "Lê Trung,Lê Hoài Trung", "", "Sonny Bui,Bùi Thanh Sơn", "Sonny,Bùi Thanh Sơn");
        assertThat(AliasList.load(file).splitsFor(NameKeys.key("Sonny"))).as("the merge overrides the split").isEmpty();
    }

    @Test
    void aBadFileIsLeftAloneAndNamed() throws Exception {
        Path file = dir.resolve("aliases.csv");
        Files.write(file, List.of("alias,target", "only one field"));
        assertThatThrownBy(() -> AliasList.recordMerge(file, "X Y", List.of("Z"), List.of()))
                .isInstanceOf(AliasFileException.class).hasMessageContaining("aliases.csv");
        assertThat(read(file)).containsExactly("alias,target", "only one field");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
