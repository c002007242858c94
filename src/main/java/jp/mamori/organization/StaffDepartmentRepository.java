package jp.mamori.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffDepartmentRepository extends JpaRepository<StaffDepartment, String> {}
