-- The «delingssystem» (seed 003: «se tiltak på tvers av regioner og eiere», issue 22): a
-- full-text index of every tiltak, kept by triggers, searched for the delivered ones. The text
-- is folded as `Sok.fold` folds a query (æ → ae, ø → o, å → a, both cases) and the tokenizer
-- folds case and other diacritics, so «språkløft» finds «Språkløftet», and «sprakloft» too.
CREATE VIRTUAL TABLE tiltak_sok USING fts5(
    tittel, innhold, tema,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER tiltak_sok_insert AFTER INSERT ON tiltak BEGIN
    INSERT INTO tiltak_sok (rowid, tittel, innhold, tema) VALUES (
        new.id,
        replace(replace(replace(replace(replace(replace(new.title, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.hva_skal_gjores || ' ' || new.hvem_gjor_hva || ' ' || new.deltakere,
            'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.plan_goal, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a')
    );
END;

CREATE TRIGGER tiltak_sok_delete AFTER DELETE ON tiltak BEGIN
    DELETE FROM tiltak_sok WHERE rowid = old.id;
END;

CREATE TRIGGER tiltak_sok_update AFTER UPDATE ON tiltak BEGIN
    DELETE FROM tiltak_sok WHERE rowid = old.id;
    INSERT INTO tiltak_sok (rowid, tittel, innhold, tema) VALUES (
        new.id,
        replace(replace(replace(replace(replace(replace(new.title, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.hva_skal_gjores || ' ' || new.hvem_gjor_hva || ' ' || new.deltakere,
            'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(new.plan_goal, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a')
    );
END;

INSERT INTO tiltak_sok (rowid, tittel, innhold, tema)
    SELECT id,
        replace(replace(replace(replace(replace(replace(title, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(hva_skal_gjores || ' ' || hvem_gjor_hva || ' ' || deltakere,
            'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a'),
        replace(replace(replace(replace(replace(replace(plan_goal, 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'o'), 'Ø', 'o'), 'å', 'a'), 'Å', 'a')
    FROM tiltak;
