<?php get_header(); ?>

<div class="mx-auto max-w-2xl px-6 py-24 text-center sm:py-32 lg:px-8">
  <p class="text-base font-semibold text-indigo-600">404</p>
  <h1 class="mt-4 text-3xl font-bold tracking-tight text-zinc-900 sm:text-5xl"><?= App\title() ?></h1>
  <p class="mt-6 text-base leading-7 text-zinc-600"><?= esc_html__('Sidan du letar efter finns inte längre eller har flyttats.', 'verkstad') ?></p>

  <div class="mx-auto mt-10 max-w-md text-left">
    <?php get_search_form(); ?>
  </div>

  <div class="mt-10">
    <a href="<?= esc_url(home_url('/')) ?>" class="text-sm font-semibold leading-7 text-indigo-600"><span aria-hidden="true">&larr;</span> <?= esc_html__('Tillbaka till startsidan', 'verkstad') ?></a>
  </div>
</div>

<?php get_footer(); ?>
