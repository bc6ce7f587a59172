<?php
/**
 * Huvudmall: bloggflödet som h-feed.
 *
 * @package Indie
 */

get_header();
?>

<main id="main" class="site-main h-feed">
	<?php if ( is_home() && ! is_front_page() ) : ?>
		<header class="feed-header">
			<h1 class="p-name feed-title"><?php single_post_title(); ?></h1>
		</header>
	<?php else : ?>
		<data class="p-name" value="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>"></data>
	<?php endif; ?>

	<?php
	if ( have_posts() ) :
		while ( have_posts() ) :
			the_post();
			get_template_part( 'template-parts/content', get_post_type() === 'page' ? 'page' : '' );
		endwhile;

		indie_posts_navigation();
	else :
		get_template_part( 'template-parts/content', 'none' );
	endif;
	?>
</main>

<?php
get_footer();
