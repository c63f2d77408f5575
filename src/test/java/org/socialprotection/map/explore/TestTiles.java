package org.socialprotection.map.explore;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tile server on this site for the browser tests, which reach no outside one: every tile is one pale square. */
@RestController
class TestTiles {

    static final String URL = "/test-tiles/{z}/{x}/{y}.png";

    private static final byte[] TILE = tile();

    @GetMapping("/test-tiles/{z}/{x}/{y}.png")
    ResponseEntity<byte[]> tile(@org.springframework.web.bind.annotation.PathVariable int z,
                                @org.springframework.web.bind.annotation.PathVariable int x,
                                @org.springframework.web.bind.annotation.PathVariable int y) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(TILE);
    }

    private static byte[] tile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xdde8f0));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
