package org.onevisit.certificate;

/**
 * The kinds of document the bureau issues electronically. Each carries the default title and the
 * labels its printed form uses; a licence's own title (e.g. 危险化学品经营许可证) is in the payload.
 */
public enum CertificateType {
    /** A licence or permit (许可证), valid for a period. */
    CERTIFICATE("许可证", "持证单位", "许可范围", "发证机关", "发证日期"),
    /** A decision granting an administrative licence (准予行政许可决定书). */
    APPROVAL("准予行政许可决定书", "申请人", "许可内容", "决定机关", "决定日期"),
    /** A receipt confirming that a filing was made (备案回执). */
    FILING_RECEIPT("备案回执", "备案单位", "备案内容", "备案机关", "备案日期");

    private final String defaultTitle;
    private final String holderLabel;
    private final String scopeLabel;
    private final String issuerLabel;
    private final String dateLabel;

    CertificateType(String defaultTitle, String holderLabel, String scopeLabel, String issuerLabel, String dateLabel) {
        this.defaultTitle = defaultTitle;
        this.holderLabel = holderLabel;
        this.scopeLabel = scopeLabel;
        this.issuerLabel = issuerLabel;
        this.dateLabel = dateLabel;
    }

    public String defaultTitle() {
        return defaultTitle;
    }

    public String holderLabel() {
        return holderLabel;
    }

    public String scopeLabel() {
        return scopeLabel;
    }

    public String issuerLabel() {
        return issuerLabel;
    }

    public String dateLabel() {
        return dateLabel;
    }
}
