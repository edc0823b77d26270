package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void theKeyUriNamesStepwiseThePersonAndTheAppSettings() {
        assertThat(TwoStepController.otpauth("jo.bloggs", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/Stepwise%3Ajo.bloggs?secret=JBSWY3DPEHPK3PXP&issuer=Stepwise"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void theSvgReadsBackAsTheKeyUri() throws Exception {
        String uri = TwoStepController.otpauth("jo.bloggs", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        String svg = QrCode.svg(uri, "QR code");

        assertThat(svg).startsWith("<svg").doesNotContain("style=").doesNotContain("<script");
        assertThat(read(svg)).isEqualTo(uri);
    }

    /** Paints the SVG's squares into pixels and lets ZXing's decoder read them, as a phone camera would. */
    private static String read(String svg) throws Exception {
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int width = Integer.parseInt(size.group(1)) * SCALE;
        int height = Integer.parseInt(size.group(2)) * SCALE;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y + dy) * width + x + dx] = 0;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
