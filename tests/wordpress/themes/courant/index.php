<?php
/**
 * Huvudmallen: nyhetsflödet (startsida/blogg) med toppnyhet och kortrutnät.
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout">
	<main id="main" class="site-main">

		<?php if ( is_home() && ! is_front_page() ) : ?>
			<header class="page-header">
				<h1 class="page-title section-title"><span><?php single_post_title(); ?></span></h1>
			</header>
		<?php else : ?>
			<header class="page-header">
				<h2 class="page-title section-title"><span><?php echo is_paged() ? esc_html__( 'Fler nyheter', 'courant' ) : esc_html__( 'Senaste nyheterna', 'courant' ); ?></span></h2>
			</header>
		<?php endif; ?>

		<?php if ( have_posts() ) : ?>

			<div class="post-grid">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part(
						'template-parts/content',
						null,
						array( 'lead' => ( 0 === $wp_query->current_post && ! is_paged() ) )
					);
				endwhile;
				?>
			</div>

			<?php get_template_part( 'template-parts/pagination' ); ?>

		<?php else : ?>

			<?php get_template_part( 'template-parts/content', 'none' ); ?>

		<?php endif; ?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
