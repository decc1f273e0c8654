package org.onevisit.application;

import java.util.Set;
import java.util.UUID;
import org.onevisit.identity.Role;

/** Who is calling: the account, the roles in force for this session, and the client address. */
public record Caller(UUID id, Set<Role> roles, String ip) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
