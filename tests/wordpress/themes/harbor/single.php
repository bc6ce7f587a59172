<?php
/**
 * Single post.
 *
 * @package Harbor
 */

get_header();
?>

<main id="primary" class="harbor-main">

	<?php
	while ( have_posts() ) :
		the_post();
		?>

		<article id="post-<?php the_ID(); ?>" <?php post_class( 'harbor-entry' ); ?>>

			<header class="harbor-entry__header">
				<?php the_title( '<h1 class="harbor-entry__title">', '</h1>' ); ?>

				<div class="harbor-meta harbor-entry__meta">
					<?php
					harbor_posted_on( false );
					harbor_posted_by();
					harbor_post_categories();
					harbor_comments_count_link();
					?>
				</div>
			</header>

			<?php harbor_post_thumbnail(); ?>

			<div class="harbor-entry__content">
				<?php
				the_content(
					sprintf(
						/* translators: %s: Post title, only visible to screen readers. */
						esc_html__( 'Continue reading %s', 'harbor' ),
						'<span class="screen-reader-text">' . esc_html( get_the_title() ) . '</span>'
					)
				);

				wp_link_pages(
					array(
						'before'      => '<nav class="harbor-page-links" aria-label="' . esc_attr__( 'Post pages', 'harbor' ) . '"><span class="harbor-page-links__label">' . esc_html__( 'Pages:', 'harbor' ) . '</span>',
						'after'       => '</nav>',
						'link_before' => '<span class="harbor-page-links__num">',
						'link_after'  => '</span>',
					)
				);
				?>
			</div>

			<footer class="harbor-entry__footer">
				<?php
				harbor_entry_tags();
				harbor_edit_link();
				?>
			</footer>

			<?php
			$harbor_bio = get_the_author_meta( 'description' );
			if ( $harbor_bio ) :
				?>
				<aside class="harbor-author-box">
					<div class="harbor-author-box__avatar">
						<?php echo get_avatar( get_the_author_meta( 'ID' ), 72 ); ?>
					</div>
					<div class="harbor-author-box__text">
						<h2 class="harbor-author-box__name">
							<?php
							printf(
								/* translators: %s: author name. */
								esc_html__( 'About %s', 'harbor' ),
								esc_html( get_the_author() )
							);
							?>
						</h2>
						<p class="harbor-author-box__bio"><?php echo wp_kses_post( $harbor_bio ); ?></p>
						<a class="harbor-author-box__link" href="<?php echo esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ); ?>">
							<?php esc_html_e( 'All posts by this author', 'harbor' ); ?>
						</a>
					</div>
				</aside>
			<?php endif; ?>

		</article>

		<?php
		the_post_navigation(
			array(
				'class'     => 'harbor-post-nav',
				'prev_text' => '<span class="harbor-post-nav__label">' . esc_html__( 'Previous post', 'harbor' ) . '</span> <span class="harbor-post-nav__title">%title</span>',
				'next_text' => '<span class="harbor-post-nav__label">' . esc_html__( 'Next post', 'harbor' ) . '</span> <span class="harbor-post-nav__title">%title</span>',
			)
		);

		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>

</main>

<?php
get_sidebar();
get_footer();
