package jp.mamori.organization;

import java.util.List;

/** A member of staff as the identity service knows them: id, display name (family name first), e-mail, roles. */
public record StaffMember(String id, String displayName, String email, List<String> groupIds) {}
