-- The access log of patient data is searched by person and period (ADR 0026), and purged by age.
create index idx_patient_data_access_user on patient_data_access (user_id, accessed_at);
create index idx_patient_data_access_time on patient_data_access (accessed_at);
