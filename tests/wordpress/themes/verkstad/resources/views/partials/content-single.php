<article class="mx-auto max-w-3xl px-6 py-16 sm:py-24 lg:px-8">
  <header>
    <?php get_template_part('resources/views/partials/entry-terms', null, ['taxonomy' => 'category']); ?>

    <h1 class="mt-6 text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl">
      <?php the_title(); ?>
    </h1>

    <?php get_template_part('resources/views/partials/entry-meta'); ?>
  </header>

  <?php if (has_post_thumbnail() && ! post_password_required()) : ?>
    <figure class="mt-10">
      <?php the_post_thumbnail('large', ['class' => 'aspect-[16/9] w-full rounded-2xl bg-zinc-100 object-cover']); ?>

      <?php if ($caption = get_the_post_thumbnail_caption()) : ?>
        <figcaption class="mt-3 text-sm text-zinc-500"><?= wp_kses_post($caption) ?></figcaption>
      <?php endif; ?>
    </figure>
  <?php endif; ?>

  <div class="prose prose-lg prose-zinc mt-10 max-w-none prose-headings:tracking-tight prose-a:text-indigo-600 prose-img:rounded-xl">
    <?php the_content(); ?>
  </div>

  <?php
  wp_link_pages([
      'before' => '<nav class="mt-10 flex flex-wrap items-center gap-2 text-sm" aria-label="' . esc_attr__('Sidor', 'verkstad') . '"><span class="mr-2 font-medium text-zinc-900">' . esc_html__('Sidor:', 'verkstad') . '</span>',
      'after' => '</nav>',
      'link_before' => '<span class="inline-flex h-8 min-w-8 items-center justify-center rounded-full px-3 ring-1 ring-inset ring-zinc-200 hover:bg-zinc-50">',
      'link_after' => '</span>',
  ]);
  ?>

  <?php if (App\terms('post_tag')) : ?>
    <footer class="mt-12 flex flex-wrap items-center gap-x-4 gap-y-3 border-t border-zinc-200 pt-8">
      <h2 class="text-sm font-semibold text-zinc-900"><?= esc_html__('Taggar', 'verkstad') ?></h2>
      <?php get_template_part('resources/views/partials/entry-terms', null, ['taxonomy' => 'post_tag']); ?>
    </footer>
  <?php endif; ?>

  <?php if (comments_open() || get_comments_number()) : ?>
    <?php comments_template(); ?>
  <?php endif; ?>
</article>
