import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws Quatrain Studio's icons with Java2D, as vectors, so every size is sharp: the app icon (four lines of verse on
 * an indigo tile, a spark where the model writes the next word) and the model-file icon (the same lines on a page).
 * Writes the PNGs the app and the Linux package use, and the .ico (Windows) and .icns (macOS) jpackage wants there.
 *
 * <pre>java installer/icon/IconMaker.java assets/icons</pre>
 *
 * The output is committed; run this again only to change the drawing.
 */
public final class IconMaker {
    private static final Color INDIGO_TOP = new Color(0x2E1F5E);
    private static final Color INDIGO_BOTTOM = new Color(0x5B3A9E);
    private static final Color CREAM = new Color(0xF4EBD0);
    private static final Color GOLD = new Color(0xFFC857);
    private static final Color PAPER = new Color(0xFBF7EC);
    private static final Color PAPER_EDGE = new Color(0x9C93B5);
    /** Widths of the four verse lines, as fractions of the drawing box: the last stops early for the spark. */
    private static final double[] LINES = {0.56, 0.46, 0.52, 0.30};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> app = new LinkedHashMap<>();
        Map<Integer, byte[]> model = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            app.put(size, png(appIcon(size)));
            model.put(size, png(modelIcon(size)));
        }
        // The app loads these sizes as window icons (quatrain.app.shell.AppIcon); 256 is the Linux package icon.
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            Files.write(out.resolve("quatrain-studio-" + size + ".png"), app.get(size));
        }
        // jpackage installs a file type's icon as 128x128 at most on Linux; larger would only be scaled down.
        Files.write(out.resolve("quatrain-model-128.png"), model.get(128));
        Files.write(out.resolve("quatrain-studio.ico"), ico(app));
        Files.write(out.resolve("quatrain-model.ico"), ico(model));
        Files.write(out.resolve("quatrain-studio.icns"), icns(app));
        Files.write(out.resolve("quatrain-model.icns"), icns(model));
    }

    static BufferedImage appIcon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        double m = size * 0.06; // the margin desktop icon grids leave around a tile
        double s = size - 2 * m;
        RoundRectangle2D tile = new RoundRectangle2D.Double(m, m, s, s, s * 0.44, s * 0.44);
        g.setPaint(new GradientPaint(0, (float) m, INDIGO_TOP, 0, (float) (m + s), INDIGO_BOTTOM));
        g.fill(tile);
        g.setColor(new Color(255, 255, 255, 40)); // a faint rim, so the tile reads on dark panels too
        g.setStroke(new BasicStroke((float) Math.max(1, size / 128.0)));
        g.draw(tile);
        verse(g, m + s * 0.17, m + s * 0.24, s, CREAM);
        g.dispose();
        return img;
    }

    static BufferedImage modelIcon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        double w = size * 0.72, h = size * 0.88, x = (size - w) / 2, y = (size - h) / 2, fold = w * 0.28;
        Path2D page = new Path2D.Double();
        page.moveTo(x, y);
        page.lineTo(x + w - fold, y);
        page.lineTo(x + w, y + fold);
        page.lineTo(x + w, y + h);
        page.lineTo(x, y + h);
        page.closePath();
        g.setColor(PAPER);
        g.fill(page);
        g.setColor(PAPER_EDGE);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 96.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(page);
        Path2D corner = new Path2D.Double();
        corner.moveTo(x + w - fold, y);
        corner.lineTo(x + w - fold, y + fold);
        corner.lineTo(x + w, y + fold);
        g.draw(corner);
        verse(g, x + w * 0.14, y + h * 0.36, w * 0.92, INDIGO_BOTTOM);
        g.dispose();
        return img;
    }

    /** Four rounded lines of "text" from (x, y) in a box of width {@code box}, and the spark after the last. */
    private static void verse(Graphics2D g, double x, double y, double box, Color ink) {
        double thick = box * 0.075, gap = box * 0.14;
        g.setColor(ink);
        for (int i = 0; i < LINES.length; i++) {
            g.fill(new RoundRectangle2D.Double(x, y + i * gap, box * LINES[i], thick, thick, thick));
        }
        double last = y + 3 * gap + thick / 2;
        spark(g, x + box * LINES[3] + box * 0.16, last, box * 0.13);
    }

    /** A four-pointed star with curved sides. */
    private static void spark(Graphics2D g, double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.quadTo(cx, cy, cx + r, cy);
        p.quadTo(cx, cy, cx, cy + r);
        p.quadTo(cx, cy, cx - r, cy);
        p.quadTo(cx, cy, cx, cy - r);
        p.closePath();
        g.setColor(GOLD);
        g.fill(p);
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows icon with PNG-compressed entries (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int[] sizes = {16, 32, 48, 256};
        int total = 6 + 16 * sizes.length;
        for (int s : sizes) {
            total += pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int s : sizes) {
            byte[] data = pngs.get(s);
            b.put((byte) (s == 256 ? 0 : s)).put((byte) (s == 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(pngs.get(s));
        }
        return b.array();
    }

    /** A macOS icon family with PNG entries (OS X 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> pngs) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8;
        for (int s : types.values()) {
            total += 8 + pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, s) -> {
            byte[] data = pngs.get(s);
            b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return b.array();
    }
}
