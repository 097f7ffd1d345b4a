using ItaBot.Complaints;

namespace ItaBot.Tests.Complaints;

public sealed class EvidenceJobsTests
{
    private static EvidenceCandidate Row(EvidenceSource source, long id, int attempts = 0) =>
        new(new EvidenceKey(source, id), 100 + id, "msg-" + id, attempts);

    [Fact]
    public void A_row_already_being_downloaded_is_not_chosen_again()
    {
        var taken = new HashSet<EvidenceKey> { new(EvidenceSource.Complaint, 1) };

        var jobs = EvidenceJobs.Choose([Row(EvidenceSource.Complaint, 1), Row(EvidenceSource.Complaint, 2)], taken, 2);

        Assert.Equal([new EvidenceKey(EvidenceSource.Complaint, 2)], jobs.Select(j => j.Key));
    }

    [Fact]
    public void The_kinds_take_turns_so_many_complaint_files_do_not_keep_a_feedback_photo_waiting()
    {
        var jobs = EvidenceJobs.Choose(
            [Row(EvidenceSource.Complaint, 1), Row(EvidenceSource.Complaint, 2), Row(EvidenceSource.Complaint, 3), Row(EvidenceSource.FeedbackPhoto, 9)],
            new HashSet<EvidenceKey>(), 2);

        Assert.Equal([new EvidenceKey(EvidenceSource.Complaint, 1), new EvidenceKey(EvidenceSource.FeedbackPhoto, 9)], jobs.Select(j => j.Key));
    }

    [Fact]
    public void A_job_counts_its_attempt_from_one_and_keeps_each_kind_s_folder_and_purpose()
    {
        var complaint = Assert.Single(EvidenceJobs.Choose([Row(EvidenceSource.Complaint, 1, attempts: 2)], new HashSet<EvidenceKey>(), 1));
        var photo = Assert.Single(EvidenceJobs.Choose([Row(EvidenceSource.FeedbackPhoto, 9)], new HashSet<EvidenceKey>(), 1));

        Assert.Equal((3, "101", EvidenceFetcher.FilePurpose), (complaint.Attempt, complaint.Folder, complaint.Purpose));
        Assert.Equal((1, Path.Combine("feedback", "9"), EvidenceFetcher.FeedbackPhotoPurpose), (photo.Attempt, photo.Folder, photo.Purpose));
    }
}
