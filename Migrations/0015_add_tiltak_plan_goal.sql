-- A tiltak may say which goal of its network's long-term competence plan it serves (seed 001,
-- issue 22), shown to the network and the fagutvalg. The goal is kept as the plan worded it,
-- so a later version of the plan does not change what the behovsmelding said.
ALTER TABLE tiltak ADD COLUMN plan_goal TEXT NOT NULL DEFAULT '' CHECK (length(plan_goal) <= 4000);
