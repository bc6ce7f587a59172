<?php
/**
 * Blog home and fallback (Avada index.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>
<section id="content" style="float: left;">
	<?php if ( have_posts() ) : ?>
		<?php get_template_part( 'templates/blog-layout' ); ?>
	<?php else : ?>
		<div class="post-content">
			<?php avenue_title_template( 'Inga inlägg hittades', '2' ); ?>
		</div>
	<?php endif; ?>
</section>
<?php get_sidebar(); ?>
<?php get_footer(); ?>
