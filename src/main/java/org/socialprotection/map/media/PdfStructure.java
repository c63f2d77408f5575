package org.socialprotection.map.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamSource;

/**
 * Whether a PDF is whole: PDFBox opens a truncated file by rebuilding what it can, so a brief cut off in an upload
 * would be stored and served broken. A whole PDF ends with {@code startxref}, the offset of its cross-reference
 * section, and {@code %%EOF} (ISO 32000-1, 7.5.5), and that offset points inside the file at a cross-reference
 * table ({@code xref}) or stream ({@code N G obj}). The publication feature then opens it with PDFBox as well.
 */
final class PdfStructure {

    /** The trailer lies in the file's last bytes; writers may add a little after %%EOF. */
    private static final int TAIL = 2048;
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d{1,15})\\s+%%EOF\\s*$");
    private static final Pattern XREF = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");

    private PdfStructure() {
    }

    static boolean whole(InputStreamSource content, long size) throws IOException {
        String tail;
        try (InputStream in = content.getInputStream()) {
            in.skipNBytes(Math.max(0, size - TAIL));
            tail = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Matcher end = START_XREF.matcher(tail);
        if (!end.find()) {
            return false;
        }
        long offset = Long.parseLong(end.group(1));
        if (offset <= 0 || offset >= size) {
            return false;
        }
        try (InputStream in = content.getInputStream()) {
            in.skipNBytes(offset);
            return XREF.matcher(new String(in.readNBytes(40), StandardCharsets.ISO_8859_1)).find();
        }
    }
}
