-- CreateTable
CREATE TABLE "NoteSectionRead" (
    "learnerId" TEXT NOT NULL,
    "noteSlug" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("learnerId", "noteSlug", "sectionId"),
    CONSTRAINT "NoteSectionRead_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NoteSectionRead_learnerId_noteSlug_idx" ON "NoteSectionRead"("learnerId", "noteSlug");

