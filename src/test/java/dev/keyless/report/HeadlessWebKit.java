package dev.keyless.report;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A real browser engine for the report's browser test, from Maven Central: WebKit as JavaFX's WebView
 * ships it, run headless on Monocle's software renderer, so {@code make test} needs no browser
 * installed and no display. It lays pages out (sizes, SVG boxes), runs their scripts (Cucumber's React
 * report included) and renders them to PNG. One toolkit per JVM; one window per instance.
 */
final class HeadlessWebKit implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;
    private static final int WINDOW_WIDTH = 1400;
    private static final int WINDOW_HEIGHT = 1000;
    private static boolean started;

    private final Stage stage;
    private final WebView view;

    HeadlessWebKit() throws Exception {
        startToolkit();
        Object[] made = onFx(() -> {
            WebView v = new WebView();
            v.setPrefSize(WINDOW_WIDTH, WINDOW_HEIGHT);
            Stage s = new Stage();
            s.setScene(new Scene(new Group(v), WINDOW_WIDTH, WINDOW_HEIGHT));
            s.show();
            return new Object[] {s, v};
        });
        stage = (Stage) made[0];
        view = (WebView) made[1];
    }

    /** Monocle's headless screen, software rendering: the settings must be in place before the toolkit starts. */
    private static synchronized void startToolkit() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // larger than the window: Monocle copies the window into this screen
        System.setProperty("headless.geometry", "1600x1200-32");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        Platform.setImplicitExit(false);
        if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        started = true;
    }

    /** Loads the page and waits for its load event. */
    void open(Path file) throws Exception {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        onFx(() -> {
            var worker = view.getEngine().getLoadWorker();
            worker.stateProperty().addListener((o, old, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    loaded.complete(null);
                } else if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                    loaded.completeExceptionally(new IOException("cannot load " + file + ": " + worker.getException()));
                }
            });
            view.getEngine().load(file.toAbsolutePath().toUri().toString());
            return null;
        });
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The value of a script that returns a string (use JSON.stringify for structures). */
    String evaluate(String expression) throws Exception {
        return onFx(() -> String.valueOf(view.getEngine().executeScript(expression)));
    }

    /** A PNG of the page's top {@code width} × {@code height} pixels, not only the window. */
    void screenshot(Path png, int width, int height) throws Exception {
        onFx(() -> {
            view.setPrefSize(width, height);
            view.resize(width, height);
            view.getScene().getRoot().layout();
            return null;
        });
        WritableImage image = afterLayout();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        Files.createDirectories(png.getParent());
        ImageIO.write(out, "png", png.toFile());
        onFx(() -> {
            view.setPrefSize(WINDOW_WIDTH, WINDOW_HEIGHT);
            return null;
        });
    }

    /** WebKit lays the resized page out on the next pulses; then the node is drawn. */
    private WritableImage afterLayout() throws Exception {
        Thread.sleep(300);
        return onFx(() -> view.snapshot(null, null));
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            view.getEngine().load(null);
            stage.close();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
