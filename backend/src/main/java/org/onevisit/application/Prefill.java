package org.onevisit.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;

/**
 * What a new draft is given from the account that creates it (the applicant types nothing the bureau
 * already knows): form field key and type → the account's value. Only fields of that key AND type are
 * filled, so a field that merely shares a name (e.g. 所在单位统一社会信用代码) stays the applicant's.
 */
final class Prefill {

    /** One mapping: a field of the form, by key and type, and where the account keeps its value. */
    record Source(String key, Guide.FieldType type, Function<Account, String> value) {}

    static final Map<Account.Kind, List<Source>> SOURCES = Map.of(
            Account.Kind.ENTERPRISE, List.of(
                    new Source("unitName", Guide.FieldType.TEXT, a -> a.name),
                    new Source("creditCode", Guide.FieldType.CREDIT_CODE, a -> a.creditCode),
                    new Source("legalRepresentative", Guide.FieldType.TEXT, a -> a.legalRepresentative),
                    new Source("contactName", Guide.FieldType.TEXT, a -> a.contactName),
                    new Source("contactMobile", Guide.FieldType.MOBILE, a -> a.mobile)),
            Account.Kind.CITIZEN, List.of(
                    new Source("applicantName", Guide.FieldType.TEXT, a -> a.name),
                    new Source("idNumber", Guide.FieldType.ID_NUMBER, a -> a.idNumber),
                    new Source("mobile", Guide.FieldType.MOBILE, a -> a.mobile)));

    private Prefill() {
    }

    /** The request's values, completed with what the account knows; a value given (even empty) wins. */
    static Map<String, Object> fill(Guide.Form form, Account account, Map<String, Object> given) {
        Map<String, Object> data = new LinkedHashMap<>(given);
        for (Source source : SOURCES.getOrDefault(account.kind, List.of())) {
            String value = source.value().apply(account);
            if (value == null || value.isBlank() || data.containsKey(source.key())) {
                continue;
            }
            boolean asked = form != null && form.fields() != null && form.fields().stream()
                    .anyMatch(f -> source.key().equals(f.key()) && f.type() == source.type());
            if (asked) {
                data.put(source.key(), value);
            }
        }
        return data;
    }
}
