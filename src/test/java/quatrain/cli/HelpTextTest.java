package quatrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help text as picocli lays it out: each description paragraph is a whole sentence (picocli wraps a paragraph, but
 * the command list shows only a command's first one, so a sentence split over two array elements is cut there).
 */
class HelpTextTest {
    private static final CommandLine CLI = new CommandLine(new QuatrainCommand());

    @Test
    void everyDescriptionParagraphOfEveryCommandAndOptionIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        for (CommandLine c : commands(CLI)) {
            CommandSpec spec = c.getCommandSpec();
            for (String d : spec.usageMessage().description()) {
                check(spec.qualifiedName() + " description", d, cut);
            }
            for (OptionSpec o : spec.options()) {
                for (String d : o.description()) {
                    check(spec.qualifiedName() + " " + o.longestName(), d, cut);
                }
            }
        }
        assertThat(cut).as("paragraphs that do not end a sentence").isEmpty();
    }

    @Test
    void theCommandListShowsEachCommandsWholeSummary() {
        String flat = CLI.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
        for (CommandLine c : CLI.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = c.getCommandSpec().usageMessage();
            String[] listed = usage.header().length > 0 ? usage.header() : usage.description(); // picocli's choice
            String summary = picocliText(listed[0]);
            assertThat(flat).as(c.getCommandName()).contains(summary);
        }
        assertThat(flat).contains(
                "spark-train Train a model on an Apache Spark cluster and save it here as one .quatrain file.");
    }

    private static void check(String where, String paragraph, List<String> cut) {
        String p = picocliText(paragraph);
        if (!p.isEmpty() && !p.matches("(?s).*[.!?:)]\"?")) {
            cut.add(where + ": " + p);
        }
    }

    /** A description as picocli prints it: descriptions are format strings ({@code %n} line breaks). */
    private static String picocliText(String description) {
        return description.replace("%n", "\n").replace("%%", "%").strip();
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(c -> all.addAll(commands(c)));
        return all;
    }
}
