import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the podcast feed's cover art: podcast directories want a square image of 1,400 to 3,000 pixels, RGB, as PNG or
 * JPEG. It repeats the site's mark (the inclusion circle and the exclusion triangle) in its colours.
 * Run from the project root: {@code java data/artwork/PodcastCover.java}.
 */
public class PodcastCover {
    public static void main(String[] args) throws Exception {
        int size = 1400;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x0b2e4f));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(0x1f5fa8));
        g.fill(new Ellipse2D.Double(230, 260, 520, 520));
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(700, 780);
        triangle.lineTo(930, 250);
        triangle.lineTo(1160, 780);
        triangle.closePath();
        g.setColor(new Color(0xd35f00));
        g.fill(triangle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            int r = 70 + i * 60;
            g.drawArc(490 - r, 520 - r, 2 * r, 2 * r, -40, 80);
        }
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 118));
        center(g, "Social Protection", 1000, size);
        center(g, "Map", 1140, size);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 84));
        g.setColor(new Color(0xffbf47));
        center(g, "Podcasts", 1270, size);
        g.dispose();
        ImageIO.write(image, "png", new File("src/main/resources/static/images/podcast-cover.png"));
    }

    private static void center(Graphics2D g, String text, int y, int size) {
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (size - width) / 2, y);
    }
}
