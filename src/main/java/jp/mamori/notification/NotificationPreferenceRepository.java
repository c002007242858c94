package jp.mamori.notification;

import org.springframework.data.repository.ListCrudRepository;

interface NotificationPreferenceRepository extends ListCrudRepository<NotificationPreference, String> {}
