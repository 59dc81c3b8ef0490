-- ChannelRate database schema version 1, exactly as the first release created it in SQLite
-- (peewee create_tables of storage/models.py at schema 1). Frozen: tests build a version-1 file
-- from it to check that every later migration keeps users' data. Never edit to match new models.
CREATE TABLE "niche" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "currency" VARCHAR(8) NOT NULL);
CREATE UNIQUE INDEX "niche_name" ON "niche" ("name");
CREATE TABLE "channel" ("id" INTEGER NOT NULL PRIMARY KEY, "telegram_id" INTEGER, "access_hash" INTEGER, "username" VARCHAR(255), "title" VARCHAR(255) NOT NULL, "niche_id" INTEGER, "is_own" INTEGER NOT NULL, "subscribers" INTEGER, "caught_cheating" INTEGER NOT NULL, "mega_compilations" INTEGER NOT NULL, "under_promotion" INTEGER NOT NULL, "narrow_niche" INTEGER NOT NULL, "tracked" INTEGER NOT NULL, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("niche_id") REFERENCES "niche" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "channel_telegram_id" ON "channel" ("telegram_id");
CREATE INDEX "channel_username" ON "channel" ("username");
CREATE INDEX "channel_niche_id" ON "channel" ("niche_id");
CREATE TABLE "own_price" ("id" INTEGER NOT NULL PRIMARY KEY, "channel_id" INTEGER NOT NULL, "top_hours" INTEGER NOT NULL, "feed_hours" INTEGER, "native" INTEGER NOT NULL, "price" DECIMAL(16, 4) NOT NULL, "currency" VARCHAR(8) NOT NULL, "valid_from" DATETIME NOT NULL, FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE);
CREATE INDEX "own_price_channel_id" ON "own_price" ("channel_id");
CREATE TABLE "post" ("id" INTEGER NOT NULL PRIMARY KEY, "channel_id" INTEGER NOT NULL, "message_id" INTEGER NOT NULL, "posted_at" DATETIME NOT NULL, "edited_at" DATETIME, "grouped_id" INTEGER, "is_ad" INTEGER, "text" TEXT NOT NULL, FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE);
CREATE INDEX "post_channel_id" ON "post" ("channel_id");
CREATE UNIQUE INDEX "post_channel_id_message_id" ON "post" ("channel_id", "message_id");
CREATE TABLE "price_quote" ("id" INTEGER NOT NULL PRIMARY KEY, "channel_id" INTEGER NOT NULL, "price" DECIMAL(16, 4) NOT NULL, "currency" VARCHAR(8) NOT NULL, "top_hours" INTEGER NOT NULL, "feed_hours" INTEGER, "native" INTEGER NOT NULL, "reach" INTEGER, "reach_origin" VARCHAR(16) NOT NULL, "quoted_at" DATETIME NOT NULL, "source" VARCHAR(16) NOT NULL, "note" TEXT NOT NULL, "import_key" VARCHAR(255), "created_at" DATETIME NOT NULL, FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE);
CREATE INDEX "price_quote_channel_id" ON "price_quote" ("channel_id");
CREATE INDEX "price_quote_quoted_at" ON "price_quote" ("quoted_at");
CREATE UNIQUE INDEX "price_quote_import_key" ON "price_quote" ("import_key");
CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "applied_at" DATETIME NOT NULL);
CREATE TABLE "subscriber_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "channel_id" INTEGER NOT NULL, "taken_at" DATETIME NOT NULL, "count" INTEGER NOT NULL, FOREIGN KEY ("channel_id") REFERENCES "channel" ("id") ON DELETE CASCADE);
CREATE INDEX "subscriber_snapshot_channel_id" ON "subscriber_snapshot" ("channel_id");
CREATE UNIQUE INDEX "subscriber_snapshot_channel_id_taken_at" ON "subscriber_snapshot" ("channel_id", "taken_at");
CREATE TABLE "view_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "post_id" INTEGER NOT NULL, "taken_at" DATETIME NOT NULL, "views" INTEGER NOT NULL, "forwards" INTEGER NOT NULL, "replies" INTEGER NOT NULL, "reactions" INTEGER NOT NULL, FOREIGN KEY ("post_id") REFERENCES "post" ("id") ON DELETE CASCADE);
CREATE INDEX "view_snapshot_post_id" ON "view_snapshot" ("post_id");
CREATE UNIQUE INDEX "view_snapshot_post_id_taken_at" ON "view_snapshot" ("post_id", "taken_at");
