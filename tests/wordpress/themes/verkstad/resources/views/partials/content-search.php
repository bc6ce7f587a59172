<article class="py-8">
  <header>
    <h2 class="text-xl font-semibold tracking-tight text-zinc-900 hover:text-indigo-600">
      <a href="<?php the_permalink(); ?>"><?php the_title(); ?></a>
    </h2>

    <?php if (get_post_type() === 'post') : ?>
      <?php get_template_part('resources/views/partials/entry-meta'); ?>
    <?php endif; ?>
  </header>

  <?php if (post_password_required()) : ?>
    <p class="mt-4 text-sm leading-6 text-zinc-500 italic"><?= esc_html__('Det här inlägget är lösenordsskyddat.', 'verkstad') ?></p>
  <?php else : ?>
    <div class="mt-4 text-sm leading-6 text-zinc-600">
      <?php the_excerpt(); ?>
    </div>
  <?php endif; ?>
</article>
