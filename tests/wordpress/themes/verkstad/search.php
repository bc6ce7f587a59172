<?php get_header(); ?>

<div class="mx-auto max-w-7xl px-6 py-16 sm:py-24 lg:px-8">
  <?php get_template_part('resources/views/partials/page-header'); ?>

  <div class="mt-8 max-w-xl">
    <?php get_search_form(); ?>
  </div>

  <div class="<?= is_active_sidebar('sidebar-primary') ? 'lg:grid lg:grid-cols-12 lg:gap-x-16' : '' ?>">
    <div class="lg:col-span-8">
      <?php if (! have_posts()) : ?>
        <div class="mt-12">
          <?php get_template_part('resources/views/components/alert', null, ['type' => 'warning', 'message' => __('Tyvärr, inga resultat hittades.', 'verkstad')]); ?>
        </div>
      <?php else : ?>
        <div class="mt-12 max-w-3xl divide-y divide-zinc-100 border-t border-zinc-100">
          <?php while (have_posts()) : the_post(); ?>
            <?php get_template_part('resources/views/partials/content-search'); ?>
          <?php endwhile; ?>
        </div>

        <?php get_template_part('resources/views/partials/pagination'); ?>
      <?php endif; ?>
    </div>

    <?php get_sidebar(); ?>
  </div>
</div>

<?php get_footer(); ?>
