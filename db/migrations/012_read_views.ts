// Every reader of ports and cables goes through these views (TableDef.readFrom, db/tables.ts);
// writers keep the tables. Today they are the tables as they are; the next migrations add arms
// for rows kept compactly (a panel's front ports as one block, a structured link as one record),
// so readers see the same rows and ids whichever way they are stored (docs/fabrics.md, "The model
// change, step by step"). Numbered 012: 007-009 are kept for other branches.
export const sql = `
CREATE VIEW port_view AS SELECT * FROM ports;
CREATE VIEW cable_view AS SELECT * FROM cables;
`;
