package org.socialprotection.map.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Tiny files made for tests, clearly synthetic: the demo atlas has no audio and links real pages only. */
public final class SyntheticMedia {

    private SyntheticMedia() {
    }

    /** A PDF of the given pages, each saying it is a synthetic test brief. */
    public static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                    text.newLineAtOffset(72, 700);
                    text.showText("Synthetic test brief, page " + i);
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An ID3v2 tag (with a TIT2 "Synthetic test episode") then silent MPEG-1 Layer III frames, 128 kbit/s. */
    public static byte[] mp3(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] title = "\u0003Synthetic test episode".getBytes(StandardCharsets.ISO_8859_1);
        byte[] frame = new byte[10 + title.length];
        System.arraycopy("TIT2".getBytes(StandardCharsets.ISO_8859_1), 0, frame, 0, 4);
        frame[7] = (byte) title.length;
        System.arraycopy(title, 0, frame, 10, title.length);
        out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, (byte) frame.length});
        out.writeBytes(frame);
        for (int i = 0; i < frames; i++) {
            byte[] mpeg = new byte[417];
            mpeg[0] = (byte) 0xFF;
            mpeg[1] = (byte) 0xFB;
            mpeg[2] = (byte) 0x90;
            mpeg[3] = (byte) 0x64;
            out.writeBytes(mpeg);
        }
        return out.toByteArray();
    }

    /** The first page of an Ogg stream: the capture pattern and a header, enough to be recognised. */
    public static byte[] ogg() {
        byte[] page = new byte[64];
        System.arraycopy("OggS".getBytes(StandardCharsets.ISO_8859_1), 0, page, 0, 4);
        page[5] = 2;
        return page;
    }
}
