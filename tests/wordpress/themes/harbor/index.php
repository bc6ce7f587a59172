<?php
/**
 * Main template: blog listing, archives and search results.
 *
 * @package Harbor
 */

get_header();
?>

<main id="primary" class="harbor-main">

	<?php if ( is_home() && ! is_front_page() ) : ?>
		<header class="harbor-page-header">
			<h1 class="harbor-page-header__title"><?php single_post_title(); ?></h1>
		</header>
	<?php elseif ( is_search() ) : ?>
		<header class="harbor-page-header">
			<h1 class="harbor-page-header__title">
				<?php
				printf(
					/* translators: %s: search query. */
					esc_html__( 'Search results for: %s', 'harbor' ),
					'<span class="harbor-page-header__query">' . esc_html( get_search_query() ) . '</span>'
				);
				?>
			</h1>
		</header>
	<?php elseif ( is_archive() ) : ?>
		<header class="harbor-page-header">
			<?php
			the_archive_title( '<h1 class="harbor-page-header__title">', '</h1>' );
			the_archive_description( '<div class="harbor-page-header__description">', '</div>' );
			?>
		</header>
	<?php endif; ?>

	<?php if ( have_posts() ) : ?>

		<div class="harbor-post-list">
			<?php
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/content' );
			endwhile;
			?>
		</div>

		<?php
		the_posts_pagination(
			array(
				'mid_size'           => 2,
				'class'              => 'harbor-pagination',
				'prev_text'          => '<span aria-hidden="true">&larr;</span> ' . esc_html__( 'Newer', 'harbor' ),
				'next_text'          => esc_html__( 'Older', 'harbor' ) . ' <span aria-hidden="true">&rarr;</span>',
				'before_page_number' => '<span class="screen-reader-text">' . esc_html__( 'Page', 'harbor' ) . ' </span>',
			)
		);
		?>

	<?php else : ?>

		<?php get_template_part( 'template-parts/content', 'none' ); ?>

	<?php endif; ?>

</main>

<?php
get_sidebar();
get_footer();
