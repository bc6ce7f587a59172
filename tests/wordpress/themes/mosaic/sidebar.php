<?php
/**
 * Sidopanel.
 *
 * @package Mosaic
 */
?>

<aside class="ms-aside" aria-label="<?php esc_attr_e( 'Sidopanel', 'mosaic' ); ?>">
	<?php if ( is_active_sidebar( 'sidebar-1' ) ) : ?>

		<?php dynamic_sidebar( 'sidebar-1' ); ?>

	<?php else : ?>

		<section class="ms-box ms-box--search">
			<?php get_search_form(); ?>
		</section>

		<?php
		$mosaic_latest = get_comments(
			array(
				'number' => 5,
				'status' => 'approve',
			)
		);
		?>
		<section class="ms-box ms-latest">
			<h2 class="ms-box__title"><?php esc_html_e( 'Senaste kommentarer', 'mosaic' ); ?></h2>

			<?php if ( ! empty( $mosaic_latest ) ) : ?>
				<ul class="ms-latest__list">
					<?php foreach ( $mosaic_latest as $mosaic_c ) : ?>
						<li class="ms-latest__item">
							<span class="ms-latest__who"><?php echo esc_html( get_comment_author( $mosaic_c ) ); ?></span>
							<?php esc_html_e( 'om', 'mosaic' ); ?>
							<a class="ms-latest__post" href="<?php echo esc_url( get_permalink( $mosaic_c->comment_post_ID ) ); ?>"><?php echo esc_html( get_the_title( $mosaic_c->comment_post_ID ) ); ?></a>
							<span class="ms-latest__excerpt"><?php echo esc_html( wp_trim_words( $mosaic_c->comment_content, 10, '&hellip;' ) ); ?></span>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php else : ?>
				<p><?php esc_html_e( 'Inga kommentarer ännu.', 'mosaic' ); ?></p>
			<?php endif; ?>
		</section>

	<?php endif; ?>
</aside>
