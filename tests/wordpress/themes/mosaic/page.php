<?php
/**
 * Sida.
 *
 * @package Mosaic
 */

get_header();
?>

<main id="ms-main" class="ms-main">

	<?php
	while ( have_posts() ) :
		the_post();
		?>
		<article id="post-<?php the_ID(); ?>" <?php post_class( 'ms-article' ); ?>>
			<header class="ms-article__head">
				<h1 class="ms-headline"><?php the_title(); ?></h1>
			</header>

			<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
				<figure class="ms-figure">
					<?php the_post_thumbnail( 'large' ); ?>
				</figure>
			<?php endif; ?>

			<div class="ms-body">
				<?php
				the_content();

				wp_link_pages(
					array(
						'before' => '<nav class="ms-pagelinks">' . esc_html__( 'Sidor:', 'mosaic' ),
						'after'  => '</nav>',
					)
				);
				?>
			</div>

			<?php edit_post_link( __( 'Redigera sidan', 'mosaic' ), '<footer class="ms-article__foot"><p class="ms-article__edit">', '</p></footer>' ); ?>
		</article>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>

</main>

<?php
get_sidebar();
get_footer();
