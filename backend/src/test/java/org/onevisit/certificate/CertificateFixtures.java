package org.onevisit.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;

/** Sample certificates and a QR decoder shared by the certificate tests. */
final class CertificateFixtures {

    static final String HOLDER = "慈溪市鑫盛化工贸易有限公司";
    static final String TITLE = "危险化学品经营许可证";
    static final String ISSUER = "慈溪市应急管理局";
    static final String NUMBER = "浙甬慈安经字〔2026〕000123";
    static final String VERIFY_URL = "https://onevisit.example.org/verify/ZJ-CX-2026-000123";
    /** The machine's fonts, as the server finds them (the tests need fonts-wqy-microhei, like the README says). */
    static final CertificateFonts FONTS = CertificateFonts.locate(java.util.Optional.empty(), java.util.Optional.empty());

    private CertificateFixtures() {
    }

    static CertificatePayload licence() {
        return new CertificatePayload(NUMBER, CertificateType.CERTIFICATE, TITLE,
                "010019600100", "危险化学品经营许可证核发（不带储存设施）—新申请",
                HOLDER, "91330282MA2H1234X5",
                "批发：汽油、柴油[闭杯闪点≤60℃]、乙醇[无水]\n（不带储存设施经营）",
                ISSUER, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), LocalDate.of(2029, 11, 26));
    }

    static CertificatePayload filingReceipt() {
        return new CertificatePayload("CXBA-2026-0042", CertificateType.FILING_RECEIPT, CertificateType.FILING_RECEIPT.defaultTitle(),
                "010020100000", "生产安全事故应急预案备案", "张伟", "3302**********1234",
                "慈溪市某工贸企业综合应急预案", ISSUER, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null);
    }

    /** A copy of the payload with one component changed, found by reflection so that a new field is covered too. */
    static CertificatePayload withChanged(CertificatePayload payload, RecordComponent changed) throws ReflectiveOperationException {
        RecordComponent[] components = CertificatePayload.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getAccessor().invoke(payload);
            if (components[i].getName().equals(changed.getName())) {
                values[i] = changedValue(values[i], types[i]);
            }
        }
        return CertificatePayload.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object changedValue(Object value, Class<?> type) {
        if (type == String.class) {
            return value + "改";
        }
        if (type == CertificateType.class) {
            return value == CertificateType.CERTIFICATE ? CertificateType.APPROVAL : CertificateType.CERTIFICATE;
        }
        if (type == LocalDate.class) {
            return value == null ? LocalDate.of(2099, 12, 31) : ((LocalDate) value).plusDays(1);
        }
        if (type == java.util.List.class) {
            java.util.List<CertificateField> more = new java.util.ArrayList<>(value == null ? java.util.List.of() : (java.util.List<CertificateField>) value);
            more.add(new CertificateField("extra", "附加", "改"));
            return more;
        }
        throw new AssertionError("No change defined for " + type);
    }

    static String decodeQr(byte[] png) {
        try {
            return decodeQr(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decodeQr(BufferedImage image) {
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No readable QR code in the image", e);
        }
    }
}
