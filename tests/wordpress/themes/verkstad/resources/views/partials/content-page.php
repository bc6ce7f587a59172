<article class="mx-auto max-w-3xl px-6 py-16 sm:py-24 lg:px-8">
  <header>
    <h1 class="text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl">
      <?php the_title(); ?>
    </h1>
  </header>

  <?php if (has_post_thumbnail() && ! post_password_required()) : ?>
    <figure class="mt-10">
      <?php the_post_thumbnail('large', ['class' => 'aspect-[16/9] w-full rounded-2xl bg-zinc-100 object-cover']); ?>
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

  <?php if (comments_open() || get_comments_number()) : ?>
    <?php comments_template(); ?>
  <?php endif; ?>
</article>
