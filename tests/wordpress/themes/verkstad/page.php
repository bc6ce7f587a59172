<?php get_header(); ?>

<?php while (have_posts()) : the_post(); ?>
  <?php get_template_part('resources/views/partials/content-page'); ?>
<?php endwhile; ?>

<?php get_footer(); ?>
