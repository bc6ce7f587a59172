<?php
/**
 * Enskilt inlägg.
 *
 * @package Mosaic
 */

get_header();
?>

<main id="ms-main" class="ms-main">

	<?php
	while ( have_posts() ) :
		the_post();

		$mosaic_cats = get_the_category();
		$mosaic_tags = get_the_tags();
		?>
		<article id="post-<?php the_ID(); ?>" <?php post_class( 'ms-article' ); ?>>

			<header class="ms-article__head">
				<?php if ( ! empty( $mosaic_cats ) ) : ?>
					<p class="ms-kicker"><?php echo esc_html( $mosaic_cats[0]->name ); ?></p>
				<?php endif; ?>

				<h1 class="ms-headline"><?php the_title(); ?></h1>

				<div class="ms-meta">
					<span class="ms-meta__author">
						<span class="ms-meta__label"><?php esc_html_e( 'Skribent:', 'mosaic' ); ?></span>
						<a href="<?php echo esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ); ?>"><?php echo esc_html( get_the_author() ); ?></a>
					</span>
					<span class="ms-meta__date">
						<time datetime="<?php echo esc_attr( get_the_date( 'c' ) ); ?>"><?php echo esc_html( get_the_date( 'd.m.Y' ) ); ?></time>
					</span>
					<?php if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) : ?>
						<?php $mosaic_n = (int) get_comments_number(); ?>
						<span class="ms-meta__talk">
							<a href="#comments">
								<?php
								if ( 0 === $mosaic_n ) {
									esc_html_e( 'Inga kommentarer', 'mosaic' );
								} else {
									/* translators: %s: antal kommentarer. */
									printf( esc_html( _n( '%s kommentar', '%s kommentarer', $mosaic_n, 'mosaic' ) ), esc_html( number_format_i18n( $mosaic_n ) ) );
								}
								?>
							</a>
						</span>
					<?php endif; ?>
				</div>
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

			<footer class="ms-article__foot">
				<?php if ( ! empty( $mosaic_cats ) ) : ?>
					<ul class="ms-hashtags" aria-label="<?php esc_attr_e( 'Kategorier', 'mosaic' ); ?>">
						<?php foreach ( $mosaic_cats as $mosaic_cat ) : ?>
							<li><a href="<?php echo esc_url( get_category_link( $mosaic_cat->term_id ) ); ?>">#<?php echo esc_html( $mosaic_cat->name ); ?></a></li>
						<?php endforeach; ?>
					</ul>
				<?php endif; ?>

				<?php if ( ! empty( $mosaic_tags ) && ! is_wp_error( $mosaic_tags ) ) : ?>
					<ul class="ms-taglist" aria-label="<?php esc_attr_e( 'Etiketter', 'mosaic' ); ?>">
						<?php foreach ( $mosaic_tags as $mosaic_tag ) : ?>
							<li><a href="<?php echo esc_url( get_tag_link( $mosaic_tag->term_id ) ); ?>"><?php echo esc_html( $mosaic_tag->name ); ?></a></li>
						<?php endforeach; ?>
					</ul>
				<?php endif; ?>

				<?php edit_post_link( __( 'Redigera inlägget', 'mosaic' ), '<p class="ms-article__edit">', '</p>' ); ?>
			</footer>
		</article>

		<?php
		$mosaic_prev = get_previous_post_link( '%link', '&larr; %title' );
		$mosaic_next = get_next_post_link( '%link', '%title &rarr;' );
		if ( $mosaic_prev || $mosaic_next ) :
			?>
			<nav class="ms-postnav" aria-label="<?php esc_attr_e( 'Fler inlägg', 'mosaic' ); ?>">
				<?php if ( $mosaic_prev ) : ?>
					<div class="ms-postnav__prev"><?php echo $mosaic_prev; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- färdig länk från kärnan. ?></div>
				<?php endif; ?>
				<?php if ( $mosaic_next ) : ?>
					<div class="ms-postnav__next"><?php echo $mosaic_next; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- färdig länk från kärnan. ?></div>
				<?php endif; ?>
			</nav>
		<?php endif; ?>

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
