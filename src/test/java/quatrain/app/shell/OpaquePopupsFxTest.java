package quatrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import quatrain.app.settings.Theme;

/**
 * Popups in the dark theme: where windows cannot be transparent they are flat and dark, with no shadow or rounded
 * corner that an opaque popup window would fill with white; elsewhere they keep the theme's shadow.
 */
@ExtendWith(ApplicationExtension.class)
class OpaquePopupsFxTest {
    private Scene scene;
    private ComboBox<String> combo;
    private MenuButton menu;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.DARK.userAgentStylesheet());
        combo = new ComboBox<>(FXCollections.observableArrayList("quatrains-gru", "markov"));
        menu = new MenuButton("File", null, new MenuItem("Open corpus…"));
        scene = new Scene(new HBox(8, combo, menu), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> {
            combo.hide();
            menu.hide();
            Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        });
    }

    private Region dropDown(FxRobot robot) {
        robot.interact(combo::show);
        return styled(robot, robot.lookup(".combo-box-popup .list-view").queryAs(Region.class));
    }

    private Region menuPopup(FxRobot robot) {
        robot.interact(menu::show);
        // The popup's root carries the style class too; the menu is drawn by the content inside it.
        return styled(robot, robot.lookup(".context-menu .context-menu").queryAs(Region.class));
    }

    /** A popup is styled at the next pulse; this is that pulse's CSS pass, now. */
    private static Region styled(FxRobot robot, Region popup) {
        robot.interact(() -> popup.getScene().getRoot().applyCss());
        return popup;
    }

    @Test
    void dropDownsAndMenusAreFlatAndDarkWhereWindowsCannotBeTransparent(FxRobot robot) {
        robot.interact(() -> OpaquePopups.apply(scene, false));
        for (Region popup : new Region[] {dropDown(robot), menuPopup(robot)}) {
            assertThat(popup.getEffect()).as("shadow of %s", popup).isNull();
            for (BackgroundFill fill : popup.getBackground().getFills()) {
                assertThat(fill.getRadii().getTopLeftHorizontalRadius()).as("corner of %s", popup).isZero();
                assertThat(((Color) fill.getFill()).getBrightness()).as("background of %s", popup).isLessThan(0.35);
            }
            Labeled item = (Labeled) popup.lookupAll(".label").stream().filter(Node::isVisible)
                    .filter(n -> n instanceof Labeled l && !l.getText().isEmpty()).findFirst()
                    .or(() -> popup.lookupAll(".list-cell").stream().findFirst()).orElseThrow();
            assertThat(((Color) item.getTextFill()).getBrightness()).as("text in %s", popup).isGreaterThan(0.6);
        }
    }

    @Test
    void popupsKeepTheThemesShadowWhereWindowsCanBeTransparent(FxRobot robot) {
        robot.interact(() -> OpaquePopups.apply(scene, true));
        assertThat(scene.getStylesheets()).doesNotContain(OpaquePopups.STYLESHEET);
        assertThat(dropDown(robot).getEffect()).isNotNull();
        assertThat(menuPopup(robot).getEffect()).isNotNull();
    }
}
