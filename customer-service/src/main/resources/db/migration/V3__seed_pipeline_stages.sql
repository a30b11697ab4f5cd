-- The default pipeline, in French (admin renames, reorders, adds or removes stages afterwards).
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'Nouveau', 10, 10, 0, 0, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (2, 'Qualifié', 20, 25, 0, 0, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (3, 'Devis envoyé', 30, 50, 0, 0, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (4, 'Négociation', 40, 75, 0, 0, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (5, 'Gagné', 50, 100, 1, 0, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
INSERT INTO pipeline_stage (id, name, position, probability, won, lost, version, created_at, created_by, updated_at, updated_by)
    VALUES (6, 'Perdu', 60, 0, 0, 1, 0, SYSTIMESTAMP, 'flyway', SYSTIMESTAMP, 'flyway');
