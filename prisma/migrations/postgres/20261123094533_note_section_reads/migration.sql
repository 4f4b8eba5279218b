-- CreateTable
CREATE TABLE "NoteSectionRead" (
    "learnerId" TEXT NOT NULL,
    "noteSlug" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteSectionRead_pkey" PRIMARY KEY ("learnerId","noteSlug","sectionId")
);

-- CreateIndex
CREATE INDEX "NoteSectionRead_learnerId_noteSlug_idx" ON "NoteSectionRead"("learnerId", "noteSlug");

-- AddForeignKey
ALTER TABLE "NoteSectionRead" ADD CONSTRAINT "NoteSectionRead_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

