<div class="mx-auto max-w-2xl lg:mx-0">
  <h1 class="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl">
    <?= App\title() ?>
  </h1>

  <?php if (is_archive() && get_the_archive_description()) : ?>
    <div class="mt-4 text-lg leading-8 text-zinc-600">
      <?php the_archive_description(); ?>
    </div>
  <?php endif; ?>
</div>
