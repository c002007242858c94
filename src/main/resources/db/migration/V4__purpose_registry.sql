-- The purpose registry (第11条, 第17条): every purpose of use, its state, and who decided it (第12条).
-- Seeded with the 21 purposes of 第17条; new purposes enter as PENDING and become ACTIVE only on approval (第12条4).
create table purpose (
  id              bigint auto_increment primary key,
  code            varchar(60)   not null,
  category        varchar(20)   not null,
  article         varchar(60),
  text_ja         varchar(1000) not null,
  text_en         varchar(1000),
  status          varchar(20)   not null,
  consent         varchar(30),
  department_code varchar(40),
  case_key        varchar(255),
  filed_by        varchar(64),
  filed_at        datetime(6),
  decided_by      varchar(64),
  decided_at      datetime(6),
  decision_reason varchar(4000),
  sort_order      int           not null,
  constraint uk_purpose_code unique (code)
);
create index idx_purpose_status on purpose (status);
create index idx_purpose_case on purpose (case_key);

insert into purpose (code, category, article, text_ja, text_en, status, sort_order) values
('ART17-1-I',  'IN_HOSPITAL', '第17条(1)イ', '患者に提供する医療サービス', 'Medical services provided to patients', 'ACTIVE', 101),
('ART17-1-RO', 'IN_HOSPITAL', '第17条(1)ロ', '医療保険事務', 'Medical insurance administration', 'ACTIVE', 102),
('ART17-1-HA', 'IN_HOSPITAL', '第17条(1)ハ', '入退院等の病棟管理', 'Ward management such as admission and discharge', 'ACTIVE', 103),
('ART17-1-NI', 'IN_HOSPITAL', '第17条(1)ニ', '会計・経理', 'Accounting', 'ACTIVE', 104),
('ART17-1-HO', 'IN_HOSPITAL', '第17条(1)ホ', '医療事故等の報告', 'Reporting of medical accidents and similar events', 'ACTIVE', 105),
('ART17-1-HE', 'IN_HOSPITAL', '第17条(1)へ', '当該患者の医療サービスの向上', 'Improving the medical services for the patient concerned', 'ACTIVE', 106),
('ART17-1-TO', 'IN_HOSPITAL', '第17条(1)ト', '院内医療実習への協力', 'Cooperation with clinical training in the hospital', 'ACTIVE', 107),
('ART17-1-CHI','IN_HOSPITAL', '第17条(1)チ', '医療の質の向上を目的とした院内症例研究', 'In-hospital case studies to improve the quality of care', 'ACTIVE', 108),
('ART17-1-RI', 'IN_HOSPITAL', '第17条(1)リ', 'その他患者に係る管理運営業務', 'Other management and administration concerning patients', 'ACTIVE', 109),
('ART17-2-I',  'EXTERNAL', '第17条(2)イ', '他の病院、診療所、助産院、薬局、訪問看護ステーション、介護サービス事業者等との連携', 'Cooperation with other hospitals, clinics, midwifery homes, pharmacies, home-visit nursing stations, care service providers and the like', 'ACTIVE', 201),
('ART17-2-RO', 'EXTERNAL', '第17条(2)ロ', '他の医療機関等からの照会への回答', 'Answering inquiries from other medical institutions', 'ACTIVE', 202),
('ART17-2-HA', 'EXTERNAL', '第17条(2)ハ', '患者の診療等のための、外部の医師等の意見・助言を求める場合', 'Seeking the opinion or advice of outside doctors for the patient''s care', 'ACTIVE', 203),
('ART17-2-NI', 'EXTERNAL', '第17条(2)ニ', '検体検査業務等の業務委託', 'Outsourcing work such as specimen testing', 'ACTIVE', 204),
('ART17-2-HO', 'EXTERNAL', '第17条(2)ホ', '家族等への病状説明', 'Explaining the patient''s condition to family members and others', 'ACTIVE', 205),
('ART17-2-HE', 'EXTERNAL', '第17条(2)へ', '保険事務の委託', 'Outsourcing insurance administration', 'ACTIVE', 206),
('ART17-2-TO', 'EXTERNAL', '第17条(2)ト', '審査支払機関等へのレセプトの提出', 'Submitting medical fee claims (receipts) to review and payment organizations', 'ACTIVE', 207),
('ART17-2-CHI','EXTERNAL', '第17条(2)チ', '審査支払機関又は保険者からの照会への回答', 'Answering inquiries from review and payment organizations or insurers', 'ACTIVE', 208),
('ART17-2-RI', 'EXTERNAL', '第17条(2)リ', '事業者等からの委託を受けた健康診断に係る、事業者等へのその結果通知', 'Reporting the results of health checks commissioned by employers to those employers', 'ACTIVE', 209),
('ART17-2-NU', 'EXTERNAL', '第17条(2)ヌ', '医師賠償責任保険等に係る、医療に関する専門の団体や保険会社等への相談又は届出等', 'Consulting or notifying professional medical bodies and insurers about physicians'' liability insurance', 'ACTIVE', 210),
('ART17-2-RU', 'EXTERNAL', '第17条(2)ル', '都道府県が行う地域がん登録', 'Regional cancer registration carried out by the prefecture', 'ACTIVE', 211),
('ART17-2-WO', 'EXTERNAL', '第17条(2)ヲ', 'その他患者への医療保険事務に関する利用', 'Other uses concerning patients'' medical insurance administration', 'ACTIVE', 212);
