package org.socialprotection.map.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a stored brief's PDF tells: its pages, its text (kept for search) and a small picture of its first page. */
record PdfFacts(int pages, String text, byte[] thumbnail) {

    static final int THUMBNAIL_WIDTH = 300;
    static final int MAX_TEXT = 500_000;

    /** Reads a PDF; an {@link IOException} when it does not open (damaged, or protected by a password). */
    static PdfFacts read(InputStream pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            int pages = document.getNumberOfPages();
            String text = new PDFTextStripper().getText(document).strip();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            return new PdfFacts(pages, text.isEmpty() ? null : text, pages == 0 ? null : thumbnail(document));
        }
    }

    private static byte[] thumbnail(PDDocument document) throws IOException {
        PDRectangle box = document.getPage(0).getCropBox();
        float scale = THUMBNAIL_WIDTH / Math.max(1f, box.getWidth());
        BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
