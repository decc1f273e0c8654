package org.onevisit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.onevisit.application.ApplicationRequests.DeliveryChoice;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Mobile;
import org.onevisit.platform.Violation;

/**
 * The applicant's choice of how the result reaches them: one of the methods the guide offers; by post
 * with a full address, a recipient and a mobile; window pickup only where the guide counts a visit.
 */
final class DeliveryChoices {

    static final int ADDRESS_MAX = 200;
    static final int NAME_MAX = 50;
    static final int REASON_MAX = 500;
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

    private DeliveryChoices() {
    }

    /** All that is wrong with a choice (fields under {@code delivery.}). */
    static List<Violation> check(Guide guide, DeliveryChoice d) {
        List<Violation> violations = new ArrayList<>();
        if (d.method() == null) {
            violations.add(Violation.of("delivery.method", "field.required"));
        } else if (!offers(guide, d.method())) {
            violations.add(Violation.of("delivery.method", "delivery.not-offered"));
        } else if (d.method() == Guide.Delivery.WINDOW && guide.zeroVisit()) {
            violations.add(Violation.of("delivery.method", "delivery.window-zero-visit"));
        }
        bound(violations, "delivery.address", d.address(), ADDRESS_MAX);
        bound(violations, "delivery.recipient", d.recipient(), NAME_MAX);
        if (d.method() == Guide.Delivery.POST) {
            require(violations, "delivery.address", d.address());
            require(violations, "delivery.recipient", d.recipient());
            if (require(violations, "delivery.mobile", d.mobile()) && !Mobile.isValid(d.mobile().trim())) {
                violations.add(Violation.of("delivery.mobile", "mobile.invalid"));
            }
        }
        String postcode = trim(d.postcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            violations.add(Violation.of("delivery.postcode", "delivery.postcode"));
        }
        return violations;
    }

    /** Stores a checked choice; only a postal delivery keeps an address, recipient and mobile. */
    static void store(Application a, DeliveryChoice d) {
        boolean post = d.method() == Guide.Delivery.POST;
        a.deliveryMethod = d.method().name();
        a.deliveryAddress = post ? trim(d.address()) : null;
        a.deliveryRecipient = post ? trim(d.recipient()) : null;
        a.deliveryMobile = post ? trim(d.mobile()) : null;
        a.deliveryPostcode = post ? trim(d.postcode()) : null;
    }

    /** The guide's only method, which needs no choice; null when it offers several. */
    static Guide.Delivery only(Guide guide) {
        List<Guide.Delivery> offered = guide.result() == null ? null : guide.result().delivery();
        return offered != null && offered.size() == 1 ? offered.get(0) : null;
    }

    static boolean offers(Guide guide, Guide.Delivery method) {
        return guide.result() == null || guide.result().delivery() == null || guide.result().delivery().contains(method);
    }

    /** Whether a staff delivery departs from the case's recorded choice (method, or where a postal result goes). */
    static boolean differs(Application a, Guide.Delivery method, String address) {
        if (a.deliveryMethod == null) {
            return false;
        }
        return !a.deliveryMethod.equals(method.name())
                || (method == Guide.Delivery.POST && address != null && !Objects.equals(address, a.deliveryAddress));
    }

    private static boolean require(List<Violation> violations, String field, String value) {
        if (trim(value) == null) {
            violations.add(Violation.of(field, "field.required"));
            return false;
        }
        return true;
    }

    private static void bound(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            violations.add(Violation.of(field, "field.too-long", max));
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
